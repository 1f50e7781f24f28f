package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The command socket's frames: what is sent before a reply arrives before it, commands arrive whole, ends are quiet. */
@Timeout(30)
class LinkTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicInteger cellsStarted = new AtomicInteger();
    private Socket sessionEnd;
    private Socket agentEnd;

    @AfterEach
    void close() throws IOException {
        for (Socket socket : new Socket[] {sessionEnd, agentEnd}) {
            if (socket != null) {
                socket.close();
            }
        }
    }

    @Test
    void outputPrintedBeforeAReplyIsThereWhenTheReplyIsRead() throws Exception {
        Link[] links = new Link[2];
        Link.Commands[] ends = connect(links);
        OutputStream out = links[1].writer(Link.OUT);
        for (int value = 0; value < 200; value++) {
            out.write(("printed " + value + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            ends[1].out().writeInt(value);
            ends[1].out().flush();
            assertEquals(value, ends[0].in().readInt());
            assertEquals("printed " + value + "\n", lastLine());
        }
    }

    @Test
    void aCommandWrittenInManyPiecesArrivesWhole() throws Exception {
        Link.Commands[] ends = connect(new Link[2]);
        byte[] classFile = new byte[300_000];
        new Random(14).nextBytes(classFile);
        ends[0].out().writeUTF("load");
        ends[0].out().writeObject(new Object[] {"REPL.$JShell$7", classFile});
        ends[0].out().flush();
        assertEquals("load", ends[1].in().readUTF());
        Object[] got = (Object[]) ends[1].in().readObject();
        assertEquals("REPL.$JShell$7", got[0]);
        assertArrayEquals(classFile, (byte[]) got[1]);
    }

    @Test
    void aSocketThatEndsHalfWayThroughAFrameEndsTheCommandStreamWithoutAStackTrace() throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(new byte[] {Link.COMMAND, 0, 0, 0, 4, (byte) 0xAC, (byte) 0xED, 0, 5}); // a stream header
        wire.writeBytes(new byte[] {Link.OUT, 0, 0, 0, 40, 'h', 'a', 'l'}); // then half an output frame
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream was = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            Link.Commands commands = Link.over(ChildConnections.endIsAnError(new ByteArrayInputStream(
                    wire.toByteArray())), OutputStream.nullOutputStream()).deliverOutput(printed, printed).commands();
            assertThrows(EOFException.class, () -> commands.in().readInt());
        } finally {
            System.setErr(was);
        }
        assertEquals("", errors.toString(StandardCharsets.UTF_8));
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "half a frame is not delivered");
    }

    @Test
    void aCellStartsOnceTheAgentHasOpenedItAndTheThreadCountArrivesBeforeTheReply() throws Exception {
        Link[] links = new Link[2];
        Link.Commands[] ends = connect(links);
        OutputStream out = links[1].writer(Link.OUT);
        CompletableFuture<Void> agent = CompletableFuture.runAsync(() -> {
            try {
                for (int cell = 1; cell <= 50; cell++) {
                    assertEquals(cell, ends[1].in().readInt());
                    links[1].reportThreads(100 + cell);
                    ends[1].out().writeInt(-cell);
                    ends[1].out().flush();
                    out.write(("after cell " + cell + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        for (int cell = 1; cell <= 50; cell++) {
            links[0].startCell();
            assertEquals(cell, cellsStarted.get(), "the agent opened the cell before startCell returned");
            if (cell > 1) {
                assertEquals("after cell " + (cell - 1) + "\n", lastLine(), "printed before the cell, so delivered");
            }
            ends[0].out().writeInt(cell);
            ends[0].out().flush();
            assertEquals(-cell, ends[0].in().readInt());
            assertEquals(100 + cell, links[0].threads());
        }
        agent.get();
    }

    /** A session end and an agent end over loopback; {@code links} gets the session's link, then the agent's. */
    private Link.Commands[] connect(Link[] links) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.accept();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            agentEnd = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
            sessionEnd = accepted.get();
            sessionEnd.setTcpNoDelay(true); // as both real ends do
            agentEnd.setTcpNoDelay(true);
        }
        links[1] = Link.over(agentEnd.getInputStream(), agentEnd.getOutputStream());
        CompletableFuture<Link.Commands> agentCommands = CompletableFuture.supplyAsync(() -> {
            try {
                return links[1].serve(cellsStarted::incrementAndGet);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        links[0] = Link.over(sessionEnd.getInputStream(), sessionEnd.getOutputStream()).deliverOutput(printed, printed);
        return new Link.Commands[] {links[0].commands(), agentCommands.get()};
    }

    private String lastLine() {
        String all = printed.toString(StandardCharsets.UTF_8);
        int start = all.lastIndexOf('\n', all.length() - 2) + 1;
        return all.substring(start);
    }
}
