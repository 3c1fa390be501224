package org.socratic.orchestrator;

/** An answer to an item that is no longer the session's current item. */
public final class StaleItem extends RuntimeException {
    public StaleItem(String itemId, String current) {
        super("item " + itemId + " is not the current item (" + current + "); refresh the session");
    }
}
