package dev.javakit.processor.parse;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Looks through the types a method signature mentions, type arguments and array components included. */
final class TypeScan {

    private TypeScan() {
    }

    /** Returns the parameter, return and thrown types of {@code method}, in that order. */
    static List<TypeMirror> used(ServiceMethod method) {
        List<TypeMirror> used = new ArrayList<>(method.type().getParameterTypes());
        used.add(method.type().getReturnType());
        used.addAll(method.type().getThrownTypes());
        return used;
    }

    /** Returns the first unresolved type the methods mention, or {@code null} when all resolve. */
    static String unresolvedType(List<ServiceMethod> methods) {
        for (ServiceMethod method : methods) {
            for (TypeMirror type : used(method)) {
                String unresolved = unresolved(type);
                if (unresolved != null) {
                    return unresolved;
                }
            }
        }
        return null;
    }

    /** Returns a private type {@code type} mentions, or {@code null}. */
    static TypeElement privateType(TypeMirror type) {
        switch (type.getKind()) {
            case ARRAY:
                return privateType(((ArrayType) type).getComponentType());
            case WILDCARD: {
                TypeMirror bound = bound((WildcardType) type);
                return bound == null ? null : privateType(bound);
            }
            case DECLARED: {
                DeclaredType declared = (DeclaredType) type;
                for (Element e = declared.asElement(); e instanceof TypeElement t; e = e.getEnclosingElement()) {
                    if (t.getModifiers().contains(Modifier.PRIVATE)) {
                        return t;
                    }
                }
                for (TypeMirror argument : declared.getTypeArguments()) {
                    TypeElement hidden = privateType(argument);
                    if (hidden != null) {
                        return hidden;
                    }
                }
                return null;
            }
            default:
                return null;
        }
    }

    private static String unresolved(TypeMirror type) {
        switch (type.getKind()) {
            case ERROR:
                return type.toString();
            case ARRAY:
                return unresolved(((ArrayType) type).getComponentType());
            case WILDCARD: {
                TypeMirror bound = bound((WildcardType) type);
                return bound == null ? null : unresolved(bound);
            }
            case DECLARED:
                for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                    String found = unresolved(argument);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static TypeMirror bound(WildcardType wildcard) {
        return wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
    }
}
