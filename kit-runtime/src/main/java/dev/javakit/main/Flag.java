package dev.javakit.main;

import java.util.Objects;

/**
 * One command-line flag a service accepts, in Go's style ({@code --name=value}, {@code -name value}).
 *
 * @param name the flag's name without dashes, such as {@code http.addr}
 * @param defaultValue its value when the command line leaves it out
 * @param usage one line saying what it sets, printed by {@code --help}
 * @param bool whether it is a switch, which may stand alone ({@code --tracing}) or take
 *     {@code =true} or {@code =false}
 */
record Flag(String name, String defaultValue, String usage, boolean bool) {

    /** Checks that the name is a flag's name. */
    public Flag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(usage, "usage");
        if (name.isEmpty() || name.startsWith("-") || name.contains("=")) {
            throw new IllegalArgumentException("a flag's name has no dashes nor '=': " + name);
        }
    }
}
