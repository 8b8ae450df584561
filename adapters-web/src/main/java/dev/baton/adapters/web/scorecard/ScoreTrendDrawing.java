package dev.baton.adapters.web.scorecard;

import dev.baton.application.alignment.ScoreHistory;
import java.util.List;
import java.util.Locale;

/**
 * The alignment score of the last few periods as a small SVG, {@value #WIDTH}×{@value #HEIGHT}: the scale is fixed at
 * 0 to 100, so a flat line at the top means well aligned all along, and each point carries its score and its period in
 * writing, so the numbers are read off the chart rather than guessed from it.
 */
final class ScoreTrendDrawing {

    static final int WIDTH = 320;
    static final int HEIGHT = 96;
    private static final int TOP = 18;
    private static final int BOTTOM = 78;
    private static final int SIDE = 22;

    private ScoreTrendDrawing() {}

    /** The SVG document; {@code label} is its accessible name, already in the reader's language. */
    static String svg(ScoreHistory history, String label) {
        List<ScoreHistory.Point> points = history.points();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" role=\"img\" font-family=\"system-ui, sans-serif\" font-size=\"11\">")
                .append("<title>")
                .append(escape(label))
                .append("</title>")
                .append("<line x1=\"")
                .append(SIDE)
                .append("\" x2=\"")
                .append(WIDTH - SIDE)
                .append("\" y1=\"")
                .append(BOTTOM)
                .append("\" y2=\"")
                .append(BOTTOM)
                .append("\" stroke=\"#cbd5e1\"/>");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = x(i, points.size());
            double y = y(points.get(i).score());
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        if (points.size() > 1) {
            svg.append("<polyline points=\"")
                    .append(line)
                    .append("\" fill=\"none\" stroke=\"#1d4ed8\" stroke-width=\"2\" stroke-linejoin=\"round\"/>");
        }
        for (int i = 0; i < points.size(); i++) {
            ScoreHistory.Point point = points.get(i);
            String x = String.format(Locale.ROOT, "%.1f", x(i, points.size()));
            String y = String.format(Locale.ROOT, "%.1f", y(point.score()));
            svg.append("<circle cx=\"")
                    .append(x)
                    .append("\" cy=\"")
                    .append(y)
                    .append("\" r=\"3\" fill=\"#1d4ed8\"/>")
                    .append("<text class=\"score\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(String.format(Locale.ROOT, "%.1f", y(point.score()) - 6))
                    .append("\" text-anchor=\"middle\" fill=\"#0f172a\">")
                    .append(point.score())
                    .append("</text>")
                    .append("<text class=\"period\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(HEIGHT - 4)
                    .append("\" text-anchor=\"middle\" fill=\"#475569\">")
                    .append(escape(point.period().format()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int index, int count) {
        if (count == 1) {
            return WIDTH / 2.0;
        }
        return SIDE + (double) (WIDTH - 2 * SIDE) * index / (count - 1);
    }

    private static double y(int score) {
        int clamped = Math.max(0, Math.min(100, score));
        return BOTTOM - (BOTTOM - TOP) * clamped / 100.0;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
