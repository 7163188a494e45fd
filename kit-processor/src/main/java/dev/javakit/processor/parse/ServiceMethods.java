package dev.javakit.processor.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds the endpoint methods of a service interface: its abstract methods and those it inherits,
 * in declaration order (the interface's own first, then each super-interface's), without default
 * or static methods and without redeclared methods of {@code Object}.
 */
public final class ServiceMethods {

    private ServiceMethods() {
    }

    /** Returns the endpoint methods of {@code service}. */
    public static List<ServiceMethod> of(TypeElement service, Types types) {
        DeclaredType serviceType = (DeclaredType) service.asType();
        List<ServiceMethod> found = new ArrayList<>();
        // Default methods are remembered too: one that overrides an inherited abstract method
        // makes that method concrete, so it is no endpoint.
        List<ExecutableType> seen = new ArrayList<>();
        List<String> seenNames = new ArrayList<>();
        collect(service, serviceType, types, found, seen, seenNames, new HashSet<>());
        return List.copyOf(found);
    }

    private static void collect(TypeElement type, DeclaredType serviceType, Types types, List<ServiceMethod> found,
            List<ExecutableType> seen, List<String> seenNames, Set<TypeElement> visited) {
        if (!visited.add(type)) {
            return;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE)) {
                continue;
            }
            ExecutableType signature = (ExecutableType) types.asMemberOf(serviceType, method);
            String name = method.getSimpleName().toString();
            if (isSeen(name, signature, seen, seenNames, types)) {
                continue;
            }
            seen.add(signature);
            seenNames.add(name);
            if (method.isDefault() || isObjectMethod(method)) {
                continue;
            }
            found.add(new ServiceMethod(method, signature));
        }
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent.getKind() == TypeKind.DECLARED) {
                collect((TypeElement) types.asElement(parent), serviceType, types, found, seen, seenNames, visited);
            }
        }
    }

    private static boolean isSeen(String name, ExecutableType signature, List<ExecutableType> seen,
            List<String> seenNames, Types types) {
        for (int i = 0; i < seen.size(); i++) {
            if (seenNames.get(i).equals(name) && types.isSubsignature(seen.get(i), signature)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isObjectMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        int arity = method.getParameters().size();
        return (arity == 0 && (name.equals("hashCode") || name.equals("toString")))
                || (arity == 1 && name.equals("equals")
                        && method.getParameters().get(0).asType().toString().equals("java.lang.Object"));
    }
}
