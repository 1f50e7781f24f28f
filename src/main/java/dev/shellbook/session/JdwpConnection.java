package dev.shellbook.session;

import com.sun.jdi.connect.spi.ClosedConnectionException;
import com.sun.jdi.connect.spi.Connection;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * JDWP packets over a socket we accepted and checked ourselves ({@link ChildConnections}), so JDI never listens
 * on its own: a packet is a 4-byte big-endian length (counting itself) followed by the rest of the packet.
 */
final class JdwpConnection extends Connection {

    private static final int HEADER = 11;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Object reading = new Object();
    private final Object writing = new Object();
    private volatile boolean open = true;

    JdwpConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = socket.getOutputStream();
    }

    /** The next packet, length included; an empty array at the end of the stream. */
    @Override
    public byte[] readPacket() throws IOException {
        requireOpen();
        synchronized (reading) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException end) {
                return new byte[0];
            } catch (IOException e) {
                requireOpen();
                throw e;
            }
            if (length < HEADER) {
                throw new IOException("JDWP protocol error: a packet of length " + length);
            }
            byte[] packet = new byte[length];
            packet[0] = (byte) (length >>> 24);
            packet[1] = (byte) (length >>> 16);
            packet[2] = (byte) (length >>> 8);
            packet[3] = (byte) length;
            in.readFully(packet, 4, length - 4);
            return packet;
        }
    }

    @Override
    public void writePacket(byte[] packet) throws IOException {
        requireOpen();
        int length = packet.length < 4 ? 0 : ((packet[0] & 0xff) << 24) | ((packet[1] & 0xff) << 16)
                | ((packet[2] & 0xff) << 8) | (packet[3] & 0xff);
        if (length < HEADER || length > packet.length) {
            throw new IllegalArgumentException("not a JDWP packet: length " + length + " of " + packet.length);
        }
        synchronized (writing) {
            out.write(packet, 0, length);
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        socket.close();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    private void requireOpen() throws ClosedConnectionException {
        if (!open) {
            throw new ClosedConnectionException("the JDWP connection is closed");
        }
    }
}
