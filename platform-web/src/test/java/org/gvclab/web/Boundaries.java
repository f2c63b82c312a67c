package org.gvclab.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gvclab.web.base.Unscoped;
import org.gvclab.web.db.Tables;
import org.gvclab.web.security.TenantScope;
import org.jooq.Table;

/**
 * The boundaries of the web module as ArchUnit rules, built here so that {@link ArchitectureTest} checks them on
 * the application and {@code BoundariesViolationTest} shows each one reporting a deliberate violation. The rules
 * are explained in {@code docs/ARCHITECTURE.md}.
 */
final class Boundaries {

    /** Feature packages of the web module (the platform packages are base, security, audit, jurisdiction, ...). */
    static final List<String> FEATURES = List.of("cluster", "diagnosis", "strategy", "iotable", "workshop",
            "indicator", "benchmark", "account", "dashboard", "demo");

    /**
     * Core classes that are results, not computations, although they are not (yet) records: a view may render them.
     * By name, so a rename in the core does not break this test (the rule then simply stops allowing the old name).
     */
    static final Set<String> CORE_RESULT_CLASSES = Set.of("org.gvclab.core.strategy.ComparisonResult",
            "org.gvclab.core.strategy.ClusterBaseline", "org.gvclab.core.strategy.ParameterSet");

    private Boundaries() {
    }

    // ---- ui ---------------------------------------------------------------------------------------------------

    /**
     * What a class of a {@code ui} package may use: the JDK and the frameworks, the web module's services and other
     * user-interface classes (never its repositories or the generated database classes), and the core's value types:
     * records, enums, interfaces and exceptions, the texts, numbers and chart specifications of {@code base} and
     * {@code chart}, the read-only catalogues ({@code *Catalogue}, {@code IndustryCodes}, the preset
     * {@code Strategies}), the chart builders ({@code *Charts}) and {@link #CORE_RESULT_CLASSES}. Everything else in
     * the core computes, and a view reaches computations through a service.
     */
    static final DescribedPredicate<JavaClass> SERVICES_AND_CORE_VALUE_TYPES =
            DescribedPredicate.describe("services or core value types", Boundaries::allowedInUi);

    static boolean allowedInUi(JavaClass target) {
        JavaClass c = target.getBaseComponentType();
        String name = c.getName();
        if (name.startsWith("org.jooq.") || name.startsWith("org.gvclab.reports.")) {
            return false;
        }
        if (name.startsWith("org.gvclab.web.")) {
            return !name.startsWith("org.gvclab.web.db.") && !topLevel(c).getSimpleName().endsWith("Repository");
        }
        if (!name.startsWith("org.gvclab.core.")) {
            return true;
        }
        JavaClass top = topLevel(c);
        return c.isRecord() || c.isEnum() || c.isInterface() || c.isAnnotation() || c.isAssignableTo(Throwable.class)
                || name.startsWith("org.gvclab.core.base.") || name.startsWith("org.gvclab.core.chart.")
                || top.getSimpleName().endsWith("Catalogue") || top.getSimpleName().endsWith("Charts")
                || top.getSimpleName().equals("IndustryCodes") || top.getSimpleName().equals("Strategies")
                || CORE_RESULT_CLASSES.contains(top.getName());
    }

    static ArchRule uiDependsOnServicesAndCoreValueTypesOnly() {
        return classes().that().resideInAPackage("org.gvclab.web..ui..")
                .should().onlyDependOnClassesThat(SERVICES_AND_CORE_VALUE_TYPES)
                .as("user-interface classes depend on services and core value types only");
    }

    // ---- notebook ---------------------------------------------------------------------------------------------

    /** The notebook (in {@code notebookPackage}) knows no feature: cell kinds and parameter values are plug-ins. */
    static ArchRule notebookDependsOnNoFeature(String notebookPackage) {
        return noClasses().that().resideInAPackage(notebookPackage)
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                        .map(f -> "org.gvclab.web." + f + "..").toArray(String[]::new))
                .as("the notebook depends on no feature package");
    }

    // ---- persistence ------------------------------------------------------------------------------------------

    static ArchRule repositoriesArePackagePrivate() {
        return classes().that().haveSimpleNameEndingWith("Repository").and().resideInAPackage("org.gvclab.web..")
                .should().notBePublic()
                .as("repositories are package-private: their feature's services are the way in");
    }

    /**
     * Only repositories speak SQL. {@link TenantScope} is the one exception: it renders itself as the condition
     * repositories filter on ({@code covers}).
     */
    static ArchRule jooqOnlyInRepositories() {
        return noClasses().that().resideInAPackage("org.gvclab.web..")
                .and().resideOutsideOfPackage("org.gvclab.web.db..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .and().doNotBelongToAnyOf(TenantScope.class)
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .as("jOOQ is used only in repositories");
    }

    /**
     * Every repository method that touches a table holding user data (a table with a {@code jurisdiction_id}
     * column), itself or through the private methods and lambdas it calls, takes the caller's {@link TenantScope}
     * or says with {@link Unscoped} why it must not.
     */
    static ArchRule repositoryMethodsOnUserDataTakeTheCallersScope() {
        Set<String> userData = userDataTables();
        return methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Repository")
                .and().areDeclaredInClassesThat().resideInAPackage("org.gvclab.web..")
                .and().doNotHaveModifier(JavaModifier.PRIVATE)
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should(new ArchCondition<>("take the caller's TenantScope when they touch user data") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Set<String> touched = tablesTouched(method);
                        touched.retainAll(userData);
                        boolean scoped = method.getRawParameterTypes().stream()
                                .anyMatch(t -> t.isEquivalentTo(TenantScope.class));
                        boolean unscoped = method.isAnnotatedWith(Unscoped.class);
                        if (!touched.isEmpty() && !scoped && !unscoped) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " touches user data (" + String.join(", ", new TreeSet<>(touched))
                                    + ") without a TenantScope parameter or @Unscoped"));
                        }
                    }
                })
                .as("repository methods that touch user data take the caller's tenant scope");
    }

    /**
     * A repository method that updates a row and inserts it when there is none writes its column list once (a
     * shared mapping, {@code set(columns(...))}), not once for the update and again for the insert (see
     * {@link #columnsByStatement} for how a written column is found; chains are written one call per line).
     */
    static ArchRule columnListsWrittenOncePerRepository() {
        return methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Repository")
                .and().areDeclaredInClassesThat().resideInAPackage("org.gvclab.web..")
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should(new ArchCondition<>("write an update-then-insert column list once") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Map<String, Set<String>> byStatement = columnsByStatement(method);
                        Set<String> twice = new TreeSet<>(byStatement.getOrDefault("update", Set.of()));
                        twice.retainAll(byStatement.getOrDefault("insertInto", Set.of()));
                        if (!twice.isEmpty()) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " writes " + twice + " once for the update and again for the insert: "
                                    + "write one column mapping for both"));
                        }
                    }
                })
                .as("update-then-insert column lists are written once per repository");
    }

    // ---- names and visibility ---------------------------------------------------------------------------------

    /**
     * Distinct names for distinct concepts: no top-level class of the web module shares its simple name with another
     * one of the web module or of the core (generated database classes aside).
     */
    static ArchRule webNamesAreDistinct(JavaClasses coreAndWeb) {
        Map<String, List<String>> byName = coreAndWeb.stream()
                .filter(c -> c.isTopLevelClass() && !c.getName().startsWith("org.gvclab.web.db.")
                        && !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        return classes().that().resideInAPackage("org.gvclab.web..")
                .and().resideOutsideOfPackage("org.gvclab.web.db..")
                .and().areTopLevelClasses()
                .should(new ArchCondition<>("have a simple name no other class of the web module or the core has") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        List<String> same = byName.getOrDefault(c.getSimpleName(), List.of());
                        if (same.size() > 1) {
                            events.add(SimpleConditionEvent.violated(c, "two classes are called "
                                    + c.getSimpleName() + ": " + same));
                        }
                    }
                })
                .as("distinct names for distinct concepts");
    }

    /**
     * Package-private by default: a public top-level class of the web module is used from another package (itself
     * or a nested type of it), or appears in the signature of a public member of another public class of its package
     * (an API type), or is an entry point the frameworks find on their own (a route or layout, an error page, the
     * application, a REST controller, an environment post-processor).
     */
    static ArchRule publicOnlyWhenUsedFromAnotherPackage() {
        return classes().that().resideInAPackage("org.gvclab.web..")
                .and().resideOutsideOfPackage("org.gvclab.web.db..")
                .and().areTopLevelClasses().and().arePublic()
                .and().areNotAnnotatedWith(com.vaadin.flow.router.Route.class)
                .and().areNotAnnotatedWith(com.vaadin.flow.router.Layout.class)
                .and().areNotAssignableTo(com.vaadin.flow.router.HasErrorParameter.class)
                .and().areNotAssignableTo(org.springframework.boot.env.EnvironmentPostProcessor.class)
                .and().areNotAnnotatedWith(org.springframework.boot.autoconfigure.SpringBootApplication.class)
                .and().areNotAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .and().doNotHaveSimpleName("package-info")
                .should(new ArchCondition<>("be needed outside their package") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        List<JavaClass> family = c.getPackage().getClasses().stream()
                                .filter(k -> topLevel(k).equals(c)).toList();
                        boolean usedOutside = family.stream().flatMap(k -> k.getDirectDependenciesToSelf().stream())
                                .map(d -> topLevel(d.getOriginClass()))
                                .anyMatch(o -> !o.getPackageName().equals(c.getPackageName()));
                        boolean inApi = c.getPackage().getClasses().stream()
                                .filter(k -> !topLevel(k).equals(c) && k.getModifiers().contains(JavaModifier.PUBLIC)
                                        && topLevel(k).getModifiers().contains(JavaModifier.PUBLIC))
                                .flatMap(k -> k.getCodeUnits().stream())
                                .filter(u -> u.getModifiers().contains(JavaModifier.PUBLIC))
                                .anyMatch(u -> family.stream().anyMatch(k -> u.getRawReturnType().equals(k)
                                        || u.getRawParameterTypes().contains(k)));
                        if (!usedOutside && !inApi) {
                            events.add(SimpleConditionEvent.violated(c, c.getName()
                                    + " is public but no other package needs it: make it package-private"));
                        }
                    }
                })
                .as("web classes are package-private unless another package needs them");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /** Names of the tables with a {@code jurisdiction_id} column, from the generated jOOQ schema. */
    static Set<String> userDataTables() {
        Set<String> names = new HashSet<>();
        for (Field f : Tables.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Table.class.isAssignableFrom(f.getType())) {
                try {
                    Table<?> t = (Table<?>) f.get(null);
                    if (t.field("jurisdiction_id") != null) {
                        names.add(t.getClass().getName());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    /** The generated table classes a method reads, itself or through same-class private methods and lambdas. */
    static Set<String> tablesTouched(JavaCodeUnit start) {
        Set<String> tables = new HashSet<>();
        Deque<JavaCodeUnit> todo = new ArrayDeque<>(List.of(start));
        Set<JavaCodeUnit> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            if (!seen.add(unit)) {
                continue;
            }
            for (JavaAccess<?> access : accesses(unit)) {
                String owner = access.getTargetOwner().getName();
                if (owner.equals(Tables.class.getName())) {
                    access.getTarget().resolveMember().ifPresent(m -> {
                        if (m instanceof com.tngtech.archunit.core.domain.JavaField field) {
                            tables.add(field.getRawType().getName());
                        }
                    });
                } else if (owner.startsWith("org.gvclab.web.db.tables.") && !owner.contains(".records.")) {
                    tables.add(owner);
                }
                if (access instanceof JavaMethodCall call && call.getTargetOwner().equals(start.getOwner())) {
                    call.getTarget().resolveMember().ifPresent(m -> {
                        if (m.getModifiers().contains(JavaModifier.PRIVATE)
                                || m.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                            todo.push(m);
                        }
                    });
                }
            }
            for (JavaMethod m : start.getOwner().getMethods()) {
                // lambdas of this method are compiled to synthetic methods named after it
                if (m.getModifiers().contains(JavaModifier.SYNTHETIC) && m.getName().startsWith("lambda$"
                        + unit.getName() + "$")) {
                    todo.push(m);
                }
            }
        }
        return tables;
    }

    private static Collection<JavaAccess<?>> accesses(JavaCodeUnit unit) {
        Set<JavaAccess<?>> all = new HashSet<>();
        all.addAll(unit.getFieldAccesses());
        all.addAll(unit.getMethodCallsFromSelf());
        return all;
    }

    /**
     * The columns written under each kind of statement ({@code update}, {@code insertInto}) of a method. The compiler
     * records the arguments of a call in a chain written one call per line under the line of the call before, so a
     * column read on line {@code n} is the argument of the first call on a later line; when that call is jOOQ's
     * {@code set(field, value)}, the column is written by the statement begun last before it.
     */
    private static Map<String, Set<String>> columnsByStatement(JavaMethod method) {
        Map<String, Set<String>> byStatement = new HashMap<>();
        for (JavaCodeUnit unit : lambdasAndSelf(method)) {
            java.util.TreeMap<Integer, String> statementAt = new java.util.TreeMap<>();
            java.util.TreeMap<Integer, Boolean> setAt = new java.util.TreeMap<>();
            for (JavaMethodCall c : unit.getMethodCallsFromSelf()) {
                boolean jooq = c.getTargetOwner().getPackageName().startsWith("org.jooq");
                if (jooq && (c.getName().equals("update") || c.getName().equals("insertInto"))) {
                    statementAt.put(c.getLineNumber(), c.getName());
                }
                boolean set = jooq && c.getName().equals("set") && !c.getTarget().getRawParameterTypes().isEmpty()
                        && c.getTarget().getRawParameterTypes().get(0).isAssignableTo(org.jooq.Field.class);
                setAt.merge(c.getLineNumber(), set, Boolean::logicalOr);
            }
            for (var access : unit.getFieldAccesses()) {
                String owner = access.getTargetOwner().getName();
                if (!owner.startsWith("org.gvclab.web.db.tables.") || owner.contains(".records.")) {
                    continue;
                }
                Map.Entry<Integer, Boolean> call = setAt.higherEntry(access.getLineNumber());
                if (call == null || !call.getValue()) {
                    continue;
                }
                Map.Entry<Integer, String> statement = statementAt.floorEntry(call.getKey());
                if (statement != null) {
                    byStatement.computeIfAbsent(statement.getValue(), k -> new TreeSet<>())
                            .add(access.getTargetOwner().getSimpleName() + "." + access.getName());
                }
            }
        }
        return byStatement;
    }

    private static List<JavaCodeUnit> lambdasAndSelf(JavaMethod method) {
        List<JavaCodeUnit> units = new java.util.ArrayList<>(List.of(method));
        for (JavaMethod m : method.getOwner().getMethods()) {
            if (m.getModifiers().contains(JavaModifier.SYNTHETIC)
                    && m.getName().startsWith("lambda$" + method.getName() + "$")) {
                units.add(m);
            }
        }
        return units;
    }
}
