package machlab.locks.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stacks interned to dense ids, so that a tracker keeps an {@code int} per witness, not a list. */
final class StackTable {

    private final Map<List<String>, Integer> ids = new HashMap<>();
    private final List<List<String>> stacks = new ArrayList<>();

    int id(List<String> stack) {
        if (stack.isEmpty()) {
            return OrderTracker.NO_STACK;
        }
        Integer id = ids.get(stack);
        if (id == null) {
            id = stacks.size();
            stacks.add(stack);
            ids.put(stack, id);
        }
        return id;
    }

    List<String> stack(int id) {
        return id == OrderTracker.NO_STACK ? List.of() : stacks.get(id);
    }
}
