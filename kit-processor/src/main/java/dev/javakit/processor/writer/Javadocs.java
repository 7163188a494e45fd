package dev.javakit.processor.writer;

import com.palantir.javapoet.CodeBlock;
import dev.javakit.processor.model.DocComment;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import java.util.List;

/**
 * The Javadoc of generated members that mirror a service method: a sentence saying what the
 * member is, with a link to the method, then what the method's own Javadoc says, its block tags
 * kept only where the member has the parameters, result or exceptions they name.
 */
final class Javadocs {

    private Javadocs() {
    }

    /** Returns {@code {@link Service#method(Types)}}, naming the method where it is declared. */
    static CodeBlock link(MethodModel method) {
        CodeBlock parameters = method.linkParameterTypes().stream()
                .map(type -> CodeBlock.of("$T", type))
                .collect(CodeBlock.joining(", "));
        return CodeBlock.of("{@link $T#$N($L)}", method.declaringType(), method.name(), parameters);
    }

    /** Returns {@code summary}, then the first sentence of the method's Javadoc: for constants naming a method. */
    static CodeBlock brief(CodeBlock summary, MethodModel method) {
        return withDescription(summary, method.doc().firstSentence());
    }

    /** Returns {@code summary}, then the method's Javadoc with its tags: for a method with the same signature. */
    static CodeBlock sameSignature(CodeBlock summary, MethodModel method) {
        DocComment doc = method.doc();
        CodeBlock.Builder tags = CodeBlock.builder();
        for (ParameterModel parameter : method.parameters()) {
            tag(tags, CodeBlock.of("@param $N", parameter.name()), doc.params().get(parameter.name()));
        }
        if (!method.returnsVoid()) {
            tag(tags, CodeBlock.of("@return"), doc.returns());
        }
        for (DocComment.ThrowsTag thrown : doc.throwsTags()) {
            tag(tags, CodeBlock.of("@throws $T", thrown.exception()), thrown.description());
        }
        return withTags(withDescription(summary, doc.description()), tags.build());
    }

    /** Returns {@code summary}, then the method's Javadoc, with an {@code @param} per documented component. */
    static CodeBlock record(CodeBlock summary, MethodModel method, List<ParameterModel> components) {
        CodeBlock.Builder tags = CodeBlock.builder();
        for (ParameterModel component : components) {
            tag(tags, CodeBlock.of("@param $N", component.name()), method.doc().params().get(component.name()));
        }
        return withTags(withDescription(summary, method.doc().description()), tags.build());
    }

    /** Returns {@code summary}, then the method's Javadoc, its {@code @return} as the result component's {@code @param}. */
    static CodeBlock responseRecord(CodeBlock summary, MethodModel method) {
        CodeBlock.Builder tags = CodeBlock.builder();
        if (!method.returnsVoid()) {
            tag(tags, CodeBlock.of("@param $N", method.resultName()), method.doc().returns());
        }
        return withTags(withDescription(summary, method.doc().description()), tags.build());
    }

    private static CodeBlock withDescription(CodeBlock summary, String description) {
        return description.isEmpty() ? summary : CodeBlock.of("$L\n\n<p>$L", summary, description);
    }

    private static CodeBlock withTags(CodeBlock text, CodeBlock tags) {
        return tags.isEmpty() ? text : CodeBlock.of("$L\n\n$L", text, tags);
    }

    /** Adds {@code head description}, continuation lines indented; nothing when there is no description. */
    private static void tag(CodeBlock.Builder tags, CodeBlock head, String description) {
        if (description == null || description.isEmpty()) {
            return;
        }
        if (!tags.isEmpty()) {
            tags.add("\n");
        }
        tags.add("$L $L", head, description.replace("\n", "\n    "));
    }
}
