package org.rives.compare;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a table leaves out unless asked, so that a reader who never opens a note is not misled: years that
 * only some of their months or quarters cover (a part-year is not a year), and figures of illustrative
 * samples (placeholders are not published figures). What was left out is named in the table, so that the
 * page can offer to show it.
 *
 * @param partYears    the part-years left out where no complete figure stands in their place
 * @param illustrative the illustrative sources whose figures were left out
 */
public record Withheld(List<PartYear> partYears, List<String> illustrative) {

    /** One area's year that a source covers only in part: {@code have} of {@code of} months or quarters. */
    public record PartYear(String area, String period, String source, int have, int of, String parts) {
    }

    public Withheld {
        partYears = List.copyOf(partYears);
        illustrative = List.copyOf(illustrative);
    }

    /**
     * Removes from {@code figures} (area → period → figures) what the request does not ask for, and says
     * what it removed. An illustrative source named by {@code source=} is asked for.
     */
    static Withheld apply(Map<String, Map<String, List<Figure>>> figures, CompareRequest request, boolean annual,
                          SourcePrecedence precedence) {
        boolean keepPartYears = request.partYears() || !annual;
        boolean keepIllustrative = request.illustrative()
                || request.source() != null && precedence.illustrative(request.source());
        List<PartYear> partYears = new ArrayList<>();
        Set<String> illustrative = new LinkedHashSet<>();
        figures.forEach((area, byPeriod) -> {
            for (Iterator<Map.Entry<String, List<Figure>>> periods = byPeriod.entrySet().iterator();
                 periods.hasNext(); ) {
                Map.Entry<String, List<Figure>> entry = periods.next();
                entry.getValue().removeIf(figure -> {
                    if (!keepIllustrative && precedence.illustrative(figure.source())) {
                        illustrative.add(figure.source());
                        return true;
                    }
                    if (!keepPartYears && figure.partial()) {
                        partYears.add(new PartYear(area, entry.getKey(), figure.source(), figure.coverage().have(),
                                figure.coverage().of(), figure.coverage().parts()));
                        return true;
                    }
                    return false;
                });
                if (entry.getValue().isEmpty()) {
                    periods.remove();
                }
            }
        });
        // A part-year beside a complete figure of another source hides nothing: only the others are named.
        partYears.removeIf(p -> figures.getOrDefault(p.area(), Map.of()).containsKey(p.period()));
        return new Withheld(partYears, List.copyOf(illustrative));
    }
}
