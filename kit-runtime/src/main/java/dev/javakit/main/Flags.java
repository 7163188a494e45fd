package dev.javakit.main;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flags a service was started with, parsed as Go's {@code flag} package does: {@code -name=value},
 * {@code --name=value}, {@code --name value}, and a switch alone ({@code --tracing}); every value is
 * the command line's or the flag's default.
 */
public final class Flags {

    private final Map<String, String> values;
    private final boolean help;

    private Flags(Map<String, String> values, boolean help) {
        this.values = values;
        this.help = help;
    }

    /**
     * Parses {@code args} against the declared flags; {@code -h} and {@code --help} ask for usage.
     *
     * @throws IllegalArgumentException naming the argument it cannot read: an unknown flag, a
     *     missing value, a switch given something other than {@code true} or {@code false}
     */
    static Flags parse(List<Flag> declared, String... args) {
        Map<String, Flag> byName = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (Flag flag : declared) {
            byName.put(flag.name(), flag);
            values.put(flag.name(), flag.defaultValue());
        }
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String text = arg.startsWith("--") ? arg.substring(2) : arg.startsWith("-") ? arg.substring(1) : null;
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            int equals = text.indexOf('=');
            String name = equals < 0 ? text : text.substring(0, equals);
            String value = equals < 0 ? null : text.substring(equals + 1);
            if (name.equals("h") || name.equals("help")) {
                help = true;
                continue;
            }
            Flag flag = byName.get(name);
            if (flag == null) {
                throw new IllegalArgumentException("unknown flag: " + arg);
            }
            if (flag.bool()) {
                // As in Go, a switch never takes the next argument: "--tracing false" would be ambiguous.
                value = value == null ? "true" : value;
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("flag takes true or false: " + arg);
                }
            } else if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("flag needs an argument: " + arg);
                }
                value = args[++i];
            }
            values.put(name, value);
        }
        return new Flags(values, help);
    }

    /** Returns whether {@code -h} or {@code --help} was given. */
    public boolean help() {
        return help;
    }

    /**
     * Returns the value of a declared flag.
     *
     * @throws IllegalArgumentException if no flag of that name was declared
     */
    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no flag named " + name + " was declared; flags: " + values.keySet());
        }
        return value;
    }

    /** Returns whether a declared switch is on. */
    public boolean isSet(String name) {
        return Boolean.parseBoolean(get(name));
    }

    /**
     * Returns a declared flag's value as an integer.
     *
     * @throws IllegalArgumentException if it is not one, naming the flag
     */
    public int integer(String name) {
        String value = get(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("flag --" + name + " needs a whole number: " + value, e);
        }
    }

    /** Returns the usage text of {@code declared}: a line per flag with its default. */
    static String usage(String command, List<Flag> declared) {
        List<String> lines = new ArrayList<>();
        StringBuilder synopsis = new StringBuilder("usage: ").append(command);
        int width = 0;
        for (Flag flag : declared) {
            synopsis.append(flag.bool() ? " [--" + flag.name() + "]" : " [--" + flag.name() + "=VALUE]");
            width = Math.max(width, flag.name().length());
        }
        lines.add(synopsis.toString());
        for (Flag flag : declared) {
            String fallback = flag.bool() ? "" : " (default \"" + flag.defaultValue() + "\")";
            lines.add("  --" + flag.name() + " ".repeat(width - flag.name().length() + 2) + flag.usage() + fallback);
        }
        return String.join(System.lineSeparator(), lines);
    }
}
