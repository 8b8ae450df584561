package dev.baton.adapters.web.kpi;

import dev.baton.application.kpi.KpiOverview;

/** The KPI page: the overview, its chart, and the check-in form opened with the last check-in's values. */
public record KpiView(KpiOverview overview, KpiChart.Drawing chart, String note, String confidence, String forecast) {}
