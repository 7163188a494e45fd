package dev.javakit.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.Message;
import dev.javakit.processor.Reporter;
import dev.javakit.processor.model.proto.ProtoDeclaration;
import dev.javakit.processor.model.proto.ProtoEnum;
import dev.javakit.processor.model.proto.ProtoField;
import dev.javakit.processor.model.proto.ProtoFile;
import dev.javakit.processor.model.proto.ProtoMessage;
import dev.javakit.processor.model.proto.ProtoNames;
import dev.javakit.processor.model.proto.ProtoRpc;
import dev.javakit.processor.model.proto.ProtoValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Assembles a service's {@link ProtoFile} from the members {@link ProtoShapes} found: names every
 * message, enum and value after protobuf's style guide (unique in the file's one scope), numbers
 * fields (declaration order, pins win), and reports what the gRPC transport cannot carry, only when
 * the service chose it: the .proto of any other service still says why in a comment.
 */
final class ProtoFiles {

    /** The highest field number protobuf allows. */
    private static final int MAX_FIELD = 536_870_911;
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    /**
     * One method's request and response, before they are numbered.
     *
     * @param methodName the Java method
     * @param request the request record's simple name
     * @param requestType the request record
     * @param requestMembers its components
     * @param response the response record's simple name
     * @param responseType the response record
     * @param responseMembers its components: the result, or none
     */
    record Method(String methodName, String request, TypeName requestType, List<ProtoShapes.Member> requestMembers,
            String response, TypeName responseType, List<ProtoShapes.Member> responseMembers) {
    }

    private final Reporter reporter;
    private final boolean grpc;
    private final Set<String> taken = new HashSet<>();
    private final Set<String> constants = new HashSet<>();

    /** Starts a file, reporting what gRPC cannot carry when {@code grpc}. */
    ProtoFiles(Reporter reporter, boolean grpc) {
        this.reporter = reporter;
        this.grpc = grpc;
    }

    /** Returns whether {@code name} is a protobuf package name, checked where {@code @KitService} sets one. */
    static boolean isPackageName(String name) {
        return PACKAGE.matcher(name).matches();
    }

    /** Returns the file of a service named {@code prefix} in {@code javaPackage}, from its methods' members. */
    ProtoFile file(String resourceName, String sourceName, String protoPackage, String javaPackage, String prefix,
            List<Method> methods, ProtoShapes shapes) {
        String service = unique(ProtoNames.pascal(prefix));
        String outerClass = unique(service + "Proto");
        List<ProtoRpc> rpcs = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (Method method : methods) {
            String request = unique(ProtoNames.pascal(method.request()));
            String response = unique(ProtoNames.pascal(method.response()));
            rpcs.add(new ProtoRpc(ProtoNames.pascal(method.methodName()), method.methodName(), request, response));
            names.add(new String[] {request, response});
        }
        List<ProtoShapes.Named> named = new ArrayList<>(shapes.named());
        named.sort(Comparator.comparing(ProtoShapes.Named::key));
        Map<String, String> typeNames = new HashMap<>();
        for (ProtoShapes.Named type : named) {
            typeNames.put(type.key(), unique(ProtoNames.pascal(type.key())));
        }
        Map<String, ProtoShapes.Wrapper> wrappers = new LinkedHashMap<>();
        for (ProtoShapes.Wrapper wrapper : shapes.wrappers()) {
            wrappers.put(wrapper.key(), wrapper);
        }
        for (ProtoShapes.Wrapper wrapper : wrappers.values()) {
            wrapperName(wrapper, wrappers, typeNames);
        }

        List<ProtoDeclaration> declarations = new ArrayList<>();
        Set<String> imports = new TreeSet<>();
        for (int i = 0; i < methods.size(); i++) {
            Method method = methods.get(i);
            declarations.add(message(names.get(i)[0], method.requestType(), method.requestMembers(), typeNames, imports));
            declarations.add(message(names.get(i)[1], method.responseType(), method.responseMembers(), typeNames,
                    imports));
        }
        for (ProtoShapes.Named type : named) {
            String name = typeNames.get(type.key());
            if (type.constants() != null) {
                declarations.add(enumeration(name, (ClassName) type.javaType(), type.constants()));
            } else {
                if (grpc && type.notRecord() != null) {
                    reporter.report(Message.UNSUPPORTED_PROTO_TYPE, type.element(), "class " + type.element().getSimpleName(),
                            type.element().getQualifiedName(), type.notRecord());
                }
                declarations.add(message(name, type.javaType(), type.members(), typeNames, imports));
            }
        }
        for (ProtoShapes.Wrapper wrapper : wrappers.values()) {
            ProtoValue value = rename(wrapper.value(), typeNames, imports);
            String field = value instanceof ProtoValue.MapOf ? "entries" : "items";
            String name = typeNames.get(wrapper.key());
            declarations.add(new ProtoMessage(name, value.javaType(), ProtoMessage.Kind.WRAPPER,
                    List.of(new ProtoField(field, 1, field, value, null)), null));
        }
        return new ProtoFile(resourceName, protoPackage, javaPackage.isEmpty() ? "proto" : javaPackage + ".proto",
                outerClass, service, List.copyOf(rpcs), List.copyOf(declarations), imports, sourceName);
    }

    /** Names a wrapper after what it carries, such as {@code StringList} or {@code Int64GreetingMap}, once. */
    private String wrapperName(ProtoShapes.Wrapper wrapper, Map<String, ProtoShapes.Wrapper> wrappers,
            Map<String, String> typeNames) {
        String name = typeNames.get(wrapper.key());
        if (name == null) {
            String stem = wrapper.value() instanceof ProtoValue.MapOf map
                    ? part(map.key(), wrappers, typeNames) + part(map.value(), wrappers, typeNames) + "Map"
                    : part(((ProtoValue.Repeated) wrapper.value()).element(), wrappers, typeNames) + "List";
            name = unique(stem);
            typeNames.put(wrapper.key(), name);
        }
        return name;
    }

    private String part(ProtoValue value, Map<String, ProtoShapes.Wrapper> wrappers, Map<String, String> typeNames) {
        if (value instanceof ProtoValue.Scalar scalar) {
            return ProtoNames.pascal(scalar.scalar().protoType());
        }
        if (value instanceof ProtoValue.WellKnown wellKnown) {
            String name = wellKnown.type().protoName();
            return name.substring(name.lastIndexOf('.') + 1);
        }
        String key = value instanceof ProtoValue.EnumRef ref ? ref.name() : ((ProtoValue.MessageRef) value).name();
        ProtoShapes.Wrapper wrapper = wrappers.get(key);
        return wrapper != null ? wrapperName(wrapper, wrappers, typeNames) : typeNames.get(key);
    }

    /** Numbers the members: pinned ones keep their number, the others take the next free one in order. */
    private ProtoMessage message(String name, TypeName javaType, List<ProtoShapes.Member> members,
            Map<String, String> typeNames, Set<String> imports) {
        Map<Integer, ProtoShapes.Member> pinned = new HashMap<>();
        for (ProtoShapes.Member member : members) {
            Integer number = member.pinned();
            if (number == null) {
                continue;
            }
            if (number < 1 || number > MAX_FIELD || number >= 19_000 && number <= 19_999) {
                reporter.report(Message.INVALID_PROTO_FIELD, member.element(), member.pin(), number, member.what());
                continue;
            }
            ProtoShapes.Member first = pinned.putIfAbsent(number, member);
            if (first != null) {
                reporter.report(Message.DUPLICATE_PROTO_FIELD, member.element(), member.pin(), member.what(), number,
                        first.javaName(), name);
            }
        }
        List<ProtoField> fields = new ArrayList<>();
        Set<String> fieldNames = new HashSet<>();
        int next = 1;
        for (ProtoShapes.Member member : members) {
            int number;
            if (member.pinned() != null) {
                number = member.pinned();
            } else {
                while (pinned.containsKey(next) || next >= 19_000 && next <= 19_999) {
                    next++;
                }
                number = next++;
            }
            if (member.value() == null && grpc) {
                reporter.report(Message.UNSUPPORTED_PROTO_TYPE, member.element(), member.what(), member.javaTypeText(),
                        member.unsupported());
            }
            String field = unique(ProtoNames.snake(member.wireName()), fieldNames);
            ProtoValue value = member.value() == null ? null : rename(member.value(), typeNames, imports);
            fields.add(new ProtoField(field, number, member.javaName(), value, member.unsupported()));
        }
        return new ProtoMessage(name, javaType, ProtoMessage.Kind.RECORD, List.copyOf(fields),
                unique(ProtoNames.snake(name).toUpperCase(Locale.ROOT), constants));
    }

    /** Returns {@code value} with the keys of named types replaced by their names in the file; notes the imports. */
    private static ProtoValue rename(ProtoValue value, Map<String, String> typeNames, Set<String> imports) {
        if (value instanceof ProtoValue.EnumRef ref) {
            return new ProtoValue.EnumRef(typeNames.get(ref.name()), ref.javaType());
        }
        if (value instanceof ProtoValue.MessageRef ref) {
            return new ProtoValue.MessageRef(typeNames.get(ref.name()), ref.javaType());
        }
        if (value instanceof ProtoValue.WellKnown wellKnown) {
            imports.add(wellKnown.type().file());
            return value;
        }
        if (value instanceof ProtoValue.Repeated repeated) {
            return new ProtoValue.Repeated(rename(repeated.element(), typeNames, imports), repeated.javaType(),
                    repeated.collection());
        }
        if (value instanceof ProtoValue.MapOf map) {
            return new ProtoValue.MapOf(map.key(), rename(map.value(), typeNames, imports), map.javaType(), map.sorted());
        }
        if (value instanceof ProtoValue.Optional optional) {
            return new ProtoValue.Optional(rename(optional.value(), typeNames, imports), optional.javaType(),
                    optional.wrapper());
        }
        return value;
    }

    /** Returns an enum whose zero value, which proto3 requires and reads for unknown values, is {@code <ENUM>_UNSPECIFIED}. */
    private ProtoEnum enumeration(String name, ClassName javaType, List<String> javaConstants) {
        String unspecified = unique(ProtoNames.enumValue(name, "UNSPECIFIED"));
        List<ProtoEnum.Value> values = new ArrayList<>();
        for (int i = 0; i < javaConstants.size(); i++) {
            values.add(new ProtoEnum.Value(unique(ProtoNames.enumValue(name, javaConstants.get(i))), i + 1,
                    javaConstants.get(i)));
        }
        return new ProtoEnum(name, javaType, unspecified, List.copyOf(values));
    }

    /** Returns {@code name}, or it with the first free suffix {@code _2}, {@code _3}... when the file's scope has it; takes it. */
    private String unique(String name) {
        return unique(name, taken);
    }

    private static String unique(String name, Set<String> scope) {
        String candidate = name;
        for (int n = 2; !scope.add(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
