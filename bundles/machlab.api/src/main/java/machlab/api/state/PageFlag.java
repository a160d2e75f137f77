package machlab.api.state;

/** Flags of {@code struct vm_page} ({@code vm/vm_page.h}), in the order {@code show page} prints them. */
public enum PageFlag {
    /** On the active queue. */
    ACTIVE,
    /** On the inactive queue. */
    INACTIVE,
    /** On the free list. */
    FREE,
    /** Being cleaned for the default pager ({@code laundry}). */
    LAUNDRY,
    /** Modified since the pager last had it. */
    DIRTY,
    /** {@code busy}: a fault, pagein or pageout owns the page; waiters sleep on the page address. */
    BUSY,
    /** {@code absent}: the data was requested from the pager and has not arrived. */
    ABSENT,
    /** {@code error}. */
    ERROR,
    /** {@code fictitious}: a placeholder with no physical memory. */
    FICTITIOUS,
    /** {@code private}. */
    PRIVATE,
    /** {@code wanted}: someone sleeps waiting for {@code busy} to clear. */
    WANTED,
    /** Not in its object's page table. */
    NOT_TABLED
}
