package dev.baton.domain.alignment.feasibility;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The premises an interval bound rests on, kept as a shared tree of unions so that combining two bounds costs one small
 * object rather than a copied set: propagation combines bounds constantly and asks for the premises only to explain a
 * conflict or a range.
 */
public final class Why {

    static final Why NONE = new Why(null, null, null, false);
    static final Why NON_NEGATIVE = new Why(Premise.NON_NEGATIVE, null, null, false);

    private final Premise premise;
    private final Why left;
    private final Why right;
    private final boolean explicit;

    private Why(Premise premise, Why left, Why right, boolean explicit) {
        this.premise = premise;
        this.left = left;
        this.right = right;
        this.explicit = explicit;
    }

    static Why of(Premise premise) {
        return new Why(premise, null, null, premise.isExplicit());
    }

    public static Why union(Why a, Why b) {
        if (a == b || b == NONE) {
            return a;
        }
        if (a == NONE) {
            return b;
        }
        return new Why(null, a, b, a.explicit || b.explicit);
    }

    public static Why union(Why a, Why b, Why c) {
        return union(union(a, b), c);
    }

    /** Whether a target or an actual is among the premises (not only the implicit non-negativity). */
    boolean explicit() {
        return explicit;
    }

    /** The targets and actuals among the premises, in the order they entered the plan. */
    public List<Premise> explicitPremises() {
        if (!explicit) {
            return List.of();
        }
        Set<Why> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Premise> found = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Why> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            Why next = todo.pop();
            if (!next.explicit || !seen.add(next)) {
                continue;
            }
            if (next.premise != null && next.premise.isExplicit()) {
                found.add(next.premise);
            }
            if (next.left != null) {
                todo.push(next.left);
            }
            if (next.right != null) {
                todo.push(next.right);
            }
        }
        List<Premise> list = new ArrayList<>(found);
        list.sort(Premise.IN_ORDER);
        return list;
    }
}
