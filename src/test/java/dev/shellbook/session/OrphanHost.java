package dev.shellbook.session;

/**
 * A stand-in for the shell in {@link SessionOrphanTest}: starts a session, prints its execution JVM's pid, then
 * spins in a cell (saying so first) until it is killed.
 */
public final class OrphanHost {

    private OrphanHost() {
    }

    public static void main(String[] args) {
        Session session = Session.start(SessionOptions.defaults().spare(false).heap("64m"));
        System.out.println("child " + session.run("ProcessHandle.current().pid()", Origin.INPUT).lastValue());
        System.out.flush();
        session.run("System.out.println(\"spinning\"); while (true) { }", Origin.INPUT,
                OutputSink.of(System.out, System.err));
    }
}
