package dev.javakit.validation;

import dev.javakit.errors.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns Hibernate Validator's violations into the answer's: each path named from the parameter
 * ({@code profile.addresses[0].location}), in parameter order then by path, so that one request
 * always gets the same answer although the validator returns a set.
 */
final class ViolationList {

    private ViolationList() {
    }

    /** Returns {@code violations} as answered, with {@code names} the parameters' names by position. */
    static List<Violation> of(Set<? extends ConstraintViolation<?>> violations, String[] names) {
        return violations.stream()
                .map(violation -> new Ranked(position(violation.getPropertyPath()),
                        new Violation(field(violation.getPropertyPath(), names), violation.getMessage())))
                .sorted(Comparator.comparingInt(Ranked::position)
                        .thenComparing(ranked -> ranked.violation().field())
                        .thenComparing(ranked -> ranked.violation().message()))
                .map(Ranked::violation)
                .toList();
    }

    private record Ranked(int position, Violation violation) {
    }

    /** The violated parameter's position; -1 for a constraint on the parameters together. */
    private static int position(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                return node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        return -1;
    }

    /**
     * Writes the path after its method node: the parameter's name, then {@code .property},
     * {@code [index]} or {@code [key]} for each step into it (a set's elements have neither); a
     * container element (the {@code String} of a {@code List<@NotBlank String>}) adds only its index.
     */
    private static String field(Path path, String[] names) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            switch (node.getKind()) {
                case PARAMETER -> field.append(names[node.as(Path.ParameterNode.class).getParameterIndex()]);
                case PROPERTY -> field.append(field.length() == 0 ? "" : ".").append(node.getName());
                default -> {
                    // METHOD, CROSS_PARAMETER, BEAN and CONTAINER_ELEMENT name no step of the JSON.
                }
            }
        }
        return field.toString();
    }
}
