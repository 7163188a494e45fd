package rich;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
public @interface Nullable {
}
