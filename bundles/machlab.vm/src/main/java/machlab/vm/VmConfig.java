package machlab.vm;

/**
 * The sizes and addresses of a booted VM: how many of each structure the model has room for, the
 * kernel addresses ddb shows for them, and the memory-pressure settings.
 *
 * @param frames physical page frames
 * @param entries map entries (all maps)
 * @param objects VM objects
 * @param copies out-of-line copies in flight
 * @param messages kernel messages
 * @param queueMax messages a port can queue
 * @param mapAddresses {@code vm_map_t} of each map
 * @param portAddresses {@code ipc_port_t} of each port
 * @param pageoutTarget the pageout daemon works while fewer frames than this are free
 * @param swapLimit page slots of the default pager's backing store
 * @param defaultPagerPort the port internal objects get as their pager ({@code memory_object_create})
 */
public record VmConfig(int frames, int entries, int objects, int copies, int messages, int queueMax,
        long[] mapAddresses, long[] portAddresses, int pageoutTarget, int swapLimit, int defaultPagerPort) {

    /** Where ddb finds the model's page, object and entry structures. */
    public static final long PAGE_BASE = 0xffffffff8b31e000L;
    public static final long OBJECT_BASE = 0xffffffffdfb3c000L;
    public static final long ENTRY_BASE = 0xffffffffdfa10000L;
    /** x86_64 PAGE_SIZE: model addresses are page numbers. */
    public static final int PAGE_SHIFT = 12;
}
