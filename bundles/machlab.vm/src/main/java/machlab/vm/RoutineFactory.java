package machlab.vm;

import machlab.machine.core.Routine;

/**
 * Makes a replacement for a kernel routine on a VM being booted: what a {@link machlab.api.patch.Patch}
 * hands the VM model for each function it replaces ({@code patch.routine("vm_map_pageable_scan",
 * RoutineFactory.class)}).
 */
@FunctionalInterface
public interface RoutineFactory {

    /** The replacement, bound to {@code vm}. */
    Routine create(VmSystem vm);
}
