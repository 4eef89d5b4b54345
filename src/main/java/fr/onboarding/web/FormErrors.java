package fr.onboarding.web;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A page's field errors from bean validation: one message per field, in the order the fields come
 * in the form (the record's), and "required" before any format rule for a field left empty.
 */
public final class FormErrors {

    private static final Set<Class<? extends Annotation>> PRESENCE = Set.of(NotBlank.class, NotNull.class, AssertTrue.class);

    private FormErrors() {
    }

    public static <T extends Record> Map<String, String> inFieldOrder(Set<ConstraintViolation<T>> violations, Class<T> form) {
        List<String> fields = Arrays.stream(form.getRecordComponents()).map(component -> component.getName()).toList();
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<T> v) -> order(fields, v))
                        .thenComparing(v -> PRESENCE.contains(v.getConstraintDescriptor().getAnnotation().annotationType()) ? 0 : 1))
                .forEach(v -> errors.putIfAbsent(fieldName(v), v.getMessage()));
        return errors;
    }

    /** A page's field is named like the innermost property: "line" for {@code address.line}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }

    private static int order(List<String> fields, ConstraintViolation<?> violation) {
        String root = violation.getPropertyPath().iterator().next().getName();
        int index = fields.indexOf(root);
        return index < 0 ? fields.size() : index;
    }
}
