package fr.onboarding.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
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
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> position(form, v), FormErrors::compare)
                        .thenComparing(v -> PRESENCE.contains(v.getConstraintDescriptor().getAnnotation().annotationType()) ? 0 : 1))
                .forEach(v -> errors.putIfAbsent(fieldName(v), v.getMessage()));
        return errors;
    }

    /** A page's field is named like the innermost property: "line" for {@code address.line}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }

    /** Where the field comes in the form: its component's index in the record, then in the nested record (the address). */
    private static List<Integer> position(Class<?> form, ConstraintViolation<?> violation) {
        List<Integer> position = new ArrayList<>();
        Class<?> type = form;
        for (Path.Node node : violation.getPropertyPath()) {
            RecordComponent[] components = type != null && type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
            int index = components.length;
            type = null;
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(node.getName())) {
                    index = i;
                    type = components[i].getType();
                }
            }
            position.add(index);
        }
        return position;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = Integer.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
