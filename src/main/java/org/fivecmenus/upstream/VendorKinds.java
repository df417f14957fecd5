package org.fivecmenus.upstream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fivecmenus.hall.VendorKindName;

/**
 * Every {@link VendorKind} the WAR holds, found through CDI and keyed by name: the one place the app goes from a
 * hall's kind name to its plug-in. A kind is added by adding its bean; nothing here names one.
 */
@ApplicationScoped
public class VendorKinds {

    @Inject
    @Any
    Instance<VendorKind> beans;

    private Map<VendorKindName, VendorKind> byName;

    /** For CDI. */
    protected VendorKinds() {
    }

    /** For tests and tools: these kinds. */
    public VendorKinds(Collection<? extends VendorKind> kinds) {
        byName = index(kinds);
    }

    @PostConstruct
    void init() {
        byName = index(beans.stream().toList());
    }

    private static Map<VendorKindName, VendorKind> index(Collection<? extends VendorKind> kinds) {
        Map<VendorKindName, VendorKind> index = new LinkedHashMap<>();
        kinds.stream().sorted((a, b) -> a.name().id().compareTo(b.name().id())).forEach(kind -> {
            VendorKind before = index.putIfAbsent(kind.name(), kind);
            if (before != null) {
                throw new IllegalStateException("Two vendor kinds are named " + kind.name() + ": "
                        + before.getClass().getName() + " and " + kind.getClass().getName());
            }
        });
        return Collections.unmodifiableMap(index);
    }

    public Optional<VendorKind> find(VendorKindName name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** @throws IllegalArgumentException naming the kinds there are, for a name that is none of them */
    public VendorKind get(VendorKindName name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("There is no vendor kind '" + name
                + "': the kinds are " + names() + "."));
    }

    public List<VendorKindName> names() {
        return List.copyOf(byName.keySet());
    }

    public Collection<VendorKind> all() {
        return byName.values();
    }
}
