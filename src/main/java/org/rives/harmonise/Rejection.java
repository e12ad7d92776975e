package org.rives.harmonise;

/** A row or cell that could not be loaded, and where: the statistician's to-do list. */
public record Rejection(String file, long line, int column, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + reason;
    }
}
