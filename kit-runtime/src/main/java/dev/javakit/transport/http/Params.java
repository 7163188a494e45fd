package dev.javakit.transport.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Converts path, query and header strings to the types of service method parameters; what
 * generated decoders call. Every failure is a 400 naming the parameter, never echoing its value.
 *
 * <p>{@code what} is the parameter's description in messages, such as {@code "query parameter 'page'"}.
 */
public final class Params {

    /** Converts one string value; throws {@link HttpStatusException} when it does not parse. */
    @FunctionalInterface
    public interface Converter<T> {

        /** Returns {@code value} converted; {@code what} describes the parameter in messages. */
        T convert(String value, String what);
    }

    private static final Pattern INTEGER_FORM = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL_FORM = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Params() {
    }

    /** Returns {@code value}, or a 400 "missing" error when it is absent. */
    public static String required(String value, String what) {
        if (value == null) {
            throw HttpStatusException.badRequest("missing " + what);
        }
        return value;
    }

    /** Converts a value that must be present. */
    public static <T> T required(String value, String what, Converter<T> converter) {
        return converter.convert(required(value, what), what);
    }

    /** Converts a value that may be absent, to {@code null} when it is. */
    public static <T> T nullable(String value, String what, Converter<T> converter) {
        return value == null ? null : converter.convert(value, what);
    }

    /** Converts a value that may be absent, to an empty {@code Optional} when it is. */
    public static <T> Optional<T> optional(String value, String what, Converter<T> converter) {
        return value == null ? Optional.empty() : Optional.of(converter.convert(value, what));
    }

    /** Converts every value of a repeated parameter, in order. */
    public static <T> List<T> list(List<String> values, String what, Converter<T> converter) {
        List<T> converted = new ArrayList<>(values.size());
        for (String value : values) {
            converted.add(converter.convert(value, what));
        }
        return Collections.unmodifiableList(converted);
    }

    /** Parses a decimal {@code int}: an optional minus sign and ASCII digits. */
    public static int toInt(String value, String what) {
        try {
            return Integer.parseInt(integer(value, what));
        } catch (NumberFormatException e) {
            throw invalid(what, "an integer");
        }
    }

    /** Parses a decimal {@code long}: an optional minus sign and ASCII digits. */
    public static long toLong(String value, String what) {
        try {
            return Long.parseLong(integer(value, what));
        } catch (NumberFormatException e) {
            throw invalid(what, "an integer");
        }
    }

    /** Parses a decimal {@code short}: an optional minus sign and ASCII digits. */
    public static short toShort(String value, String what) {
        try {
            return Short.parseShort(integer(value, what));
        } catch (NumberFormatException e) {
            throw invalid(what, "an integer from -32768 to 32767");
        }
    }

    /** Parses a decimal {@code byte}: an optional minus sign and ASCII digits. */
    public static byte toByte(String value, String what) {
        try {
            return Byte.parseByte(integer(value, what));
        } catch (NumberFormatException e) {
            throw invalid(what, "an integer from -128 to 127");
        }
    }

    /** Parses a finite {@code double} written as a JSON number. */
    public static double toDouble(String value, String what) {
        try {
            double parsed = Double.parseDouble(decimal(value, what));
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(what, "a number");
    }

    /** Parses a finite {@code float} written as a JSON number. */
    public static float toFloat(String value, String what) {
        try {
            float parsed = Float.parseFloat(decimal(value, what));
            if (Float.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(what, "a number");
    }

    /** Parses exactly {@code true} or {@code false}. */
    public static boolean toBoolean(String value, String what) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(what, "true or false");
        };
    }

    /** Takes a one-character value. */
    public static char toChar(String value, String what) {
        if (value.length() != 1) {
            throw invalid(what, "a single character");
        }
        return value.charAt(0);
    }

    /** Parses a decimal number written as a JSON number. */
    public static BigDecimal toBigDecimal(String value, String what) {
        try {
            return new BigDecimal(decimal(value, what));
        } catch (NumberFormatException e) {
            throw invalid(what, "a number");
        }
    }

    /** Parses a decimal integer of any size: an optional minus sign and ASCII digits. */
    public static BigInteger toBigInteger(String value, String what) {
        try {
            return new BigInteger(integer(value, what));
        } catch (NumberFormatException e) {
            throw invalid(what, "an integer");
        }
    }

    /** Parses a UUID in its canonical 8-4-4-4-12 hexadecimal form. */
    public static UUID toUuid(String value, String what) {
        if (!UUID_FORM.matcher(value).matches()) {
            throw invalid(what, "a UUID");
        }
        return UUID.fromString(value);
    }

    /** Returns a converter to the constant of {@code type} with exactly that name. */
    public static <E extends Enum<E>> Converter<E> toEnum(Class<E> type) {
        return (value, what) -> {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw invalid(what, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        };
    }

    /** Returns {@code value} when it is an optional minus sign and ASCII digits; the JDK also takes '+' and other scripts' digits. */
    private static String integer(String value, String what) {
        if (!INTEGER_FORM.matcher(value).matches()) {
            throw invalid(what, "an integer");
        }
        return value;
    }

    /** Returns {@code value} when it is a JSON number; the JDK also takes "1.5d", "0x1p3" and blanks. */
    private static String decimal(String value, String what) {
        if (!DECIMAL_FORM.matcher(value).matches()) {
            throw invalid(what, "a number");
        }
        return value;
    }

    private static HttpStatusException invalid(String what, String expected) {
        return HttpStatusException.badRequest(what + " must be " + expected);
    }
}
