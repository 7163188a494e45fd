package dev.javakit.processor.model.proto;

/** A top-level message or enum of a {@link ProtoFile}. */
public sealed interface ProtoDeclaration permits ProtoMessage, ProtoEnum {

    /** Returns its name in the file. */
    String name();
}
