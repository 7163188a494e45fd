package dev.javakit.processor.model.proto;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A Java enum as a proto3 enum, whose zero value {@code <ENUM>_UNSPECIFIED} proto3 requires and
 * reads for values it does not know; the constants follow from 1 in declaration order.
 *
 * @param name the enum's name in the file
 * @param javaType the Java enum
 * @param unspecified the name of the zero value
 * @param values the constants, numbered from 1
 */
public record ProtoEnum(String name, ClassName javaType, String unspecified, List<Value> values)
        implements ProtoDeclaration {

    /**
     * One constant.
     *
     * @param name its name in the file, prefixed with the enum's
     * @param number its number
     * @param javaConstant the Java constant's name
     */
    public record Value(String name, int number, String javaConstant) {
    }
}
