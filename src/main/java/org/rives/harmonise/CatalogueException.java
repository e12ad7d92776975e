package org.rives.harmonise;

import java.util.List;

/** The catalogue's files break its schema: every problem is listed, each with its file and where in it. */
public final class CatalogueException extends IllegalStateException {

    private final List<String> problems;

    public CatalogueException(List<String> problems) {
        super("the catalogue is refused: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
