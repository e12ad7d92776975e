package org.rives.upload;

/**
 * The name a report gives an uploaded file, from what the client claims. It is only ever shown, never
 * used to build a path (staged files are named by the upload's id), yet it is cleaned so that a report,
 * a log line or a download name cannot be steered: the last segment of any path ({@code ../../x},
 * {@code C:\x}), no control characters, at most {@value #MAX} characters, {@code upload} when nothing
 * is left ({@code /}, {@code ..}).
 */
public final class FileNames {

    static final int MAX = 200;

    private FileNames() {
    }

    public static String display(String claimed) {
        if (claimed == null) {
            return "upload";
        }
        String name = claimed.substring(Math.max(claimed.lastIndexOf('/'), claimed.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069]", "_").strip();
        if (name.length() > MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX - extension.length()) + extension;
        }
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "upload" : name;
    }
}
