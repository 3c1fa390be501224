package org.socratic.guardrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The district's crisis resources ({@code guardrails/crisis.yml}) and the caring reply built from them: an opening
 * for the category, the resources that fit it, and a closing that keeps the session going.
 */
public record CrisisResources(String district, Map<String, String> openings, List<Resource> resources,
        String closing, List<String> counsellors) {
    public CrisisResources {
        openings = Map.copyOf(openings);
        resources = List.copyOf(resources);
        counsellors = List.copyOf(counsellors);
        if (!openings.containsKey("default")) throw new IllegalArgumentException("crisis openings need a default");
        if (resources.isEmpty()) throw new IllegalArgumentException("crisis resources cannot be empty");
    }

    /** One place to get help; {@code categories} empty means it is shown for every category. */
    public record Resource(String name, String contact, String available, Set<Category> categories) {
        public Resource {
            categories = Set.copyOf(categories);
        }

        boolean fits(Category c) {
            return categories.isEmpty() || categories.contains(c);
        }
    }

    /** The reply for a disclosure in the given categories (the first one sets the opening). */
    public String caringReply(List<Category> categories) {
        Category first = categories.isEmpty() ? Category.SELF_HARM : categories.getFirst();
        StringBuilder out = new StringBuilder(openings.getOrDefault(first.id(), openings.get("default")));
        out.append("\n\nYou can reach someone right now:\n");
        List<Resource> shown = new ArrayList<>();
        for (Resource r : resources) {
            if (categories.stream().anyMatch(r::fits) || categories.isEmpty()) shown.add(r);
        }
        for (Resource r : shown) {
            out.append("- ").append(r.name()).append(": ").append(r.contact());
            if (!r.available().isBlank()) out.append(" (").append(r.available()).append(')');
            out.append('\n');
        }
        return out.append('\n').append(closing).toString();
    }
}
