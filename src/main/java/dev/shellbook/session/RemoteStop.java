package dev.shellbook.session;

import com.sun.jdi.BooleanValue;
import com.sun.jdi.ClassType;
import com.sun.jdi.Field;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.InvalidTypeException;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;
import java.util.List;
import java.util.Set;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * Stops user code in the execution JVM through JDI, the way JShell's own engine does.
 *
 * <p>With the VM suspended, find the thread whose stack holds the agent's {@code invoke}/{@code varValue}
 * frame; if the agent says it is in client code, mark {@code expectingStop} (so the agent waits for the
 * exception instead of racing past it), resume, and throw the agent's stop exception into that thread.
 * Our agent overrides {@code invoke(Method)}, so frames are matched in both {@link Agent} and
 * {@link RemoteExecutionControl} (matching only the launched class name is what breaks stop for
 * custom agents).
 */
final class RemoteStop {

    private static final Set<String> AGENT_TYPES = Set.of(Agent.class.getName(),
            RemoteExecutionControl.class.getName(), "jdk.jshell.execution.DirectExecutionControl");
    private static final Set<String> METHODS = Set.of("invoke", "varValue");

    private RemoteStop() {
    }

    /** Throws the stop exception into the thread running user code, if any. */
    static void interrupt(VirtualMachine vm) throws InternalException {
        vm.suspend();
        try {
            for (ThreadReference thread : vm.allThreads()) {
                ObjectReference agent = agentIn(thread);
                if (agent != null) {
                    throwStop(vm, thread, agent);
                    return;
                }
            }
        } catch (IncompatibleThreadStateException | InvalidTypeException | com.sun.jdi.ClassNotLoadedException e) {
            throw new InternalException("could not stop the running code: " + e);
        } finally {
            vm.resume();
        }
    }

    private static ObjectReference agentIn(ThreadReference thread) throws IncompatibleThreadStateException {
        for (StackFrame frame : thread.frames()) {
            String type = frame.location().declaringType().name();
            if (AGENT_TYPES.contains(type) && METHODS.contains(frame.location().method().name())) {
                return frame.thisObject();
            }
        }
        return null;
    }

    private static void throwStop(VirtualMachine vm, ThreadReference thread, ObjectReference agent)
            throws InvalidTypeException, com.sun.jdi.ClassNotLoadedException {
        ClassType remote = remoteControlType(vm);
        Field inClientCode = remote.fieldByName("inClientCode");
        Field expectingStop = remote.fieldByName("expectingStop");
        Field stopException = remote.fieldByName("stopException");
        if (!((BooleanValue) agent.getValue(inClientCode)).value()) {
            return;
        }
        agent.setValue(expectingStop, vm.mirrorOf(true));
        ObjectReference stop = (ObjectReference) agent.getValue(stopException);
        vm.resume();
        thread.stop(stop);
        agent.setValue(expectingStop, vm.mirrorOf(false));
    }

    private static ClassType remoteControlType(VirtualMachine vm) {
        List<ReferenceType> types = vm.classesByName(RemoteExecutionControl.class.getName());
        return (ClassType) types.get(0);
    }
}
