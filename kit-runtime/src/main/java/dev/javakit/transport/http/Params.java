package dev.javakit.transport.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    /** Parses a decimal {@code int}. */
    public static int toInt(String value, String what) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(what, "an integer");
        }
    }

    /** Parses a decimal {@code long}. */
    public static long toLong(String value, String what) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid(what, "an integer");
        }
    }

    /** Parses a decimal {@code short}. */
    public static short toShort(String value, String what) {
        try {
            return Short.parseShort(value);
        } catch (NumberFormatException e) {
            throw invalid(what, "an integer from -32768 to 32767");
        }
    }

    /** Parses a decimal {@code byte}. */
    public static byte toByte(String value, String what) {
        try {
            return Byte.parseByte(value);
        } catch (NumberFormatException e) {
            throw invalid(what, "an integer from -128 to 127");
        }
    }

    /** Parses a finite {@code double}. */
    public static double toDouble(String value, String what) {
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(what, "a number");
    }

    /** Parses a finite {@code float}. */
    public static float toFloat(String value, String what) {
        try {
            float parsed = Float.parseFloat(value);
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

    /** Parses a decimal number. */
    public static BigDecimal toBigDecimal(String value, String what) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw invalid(what, "a number");
        }
    }

    /** Parses a decimal integer of any size. */
    public static BigInteger toBigInteger(String value, String what) {
        try {
            return new BigInteger(value);
        } catch (NumberFormatException e) {
            throw invalid(what, "an integer");
        }
    }

    /** Parses a UUID in its canonical 8-4-4-4-12 form. */
    public static UUID toUuid(String value, String what) {
        if (value.length() != 36) {
            throw invalid(what, "a UUID");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(what, "a UUID");
        }
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

    private static HttpStatusException invalid(String what, String expected) {
        return HttpStatusException.badRequest(what + " must be " + expected);
    }
}
