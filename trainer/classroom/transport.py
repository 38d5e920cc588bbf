"""ZeroMQ sockets of the classroom: the console binds a ROUTER, each station connects a DEALER.

ZeroMQ frames messages, reconnects a station that lost the network, queues while it is away and
drops a peer that sends more than the size limit. The station's socket identity is its lasting
id, so the console knows a restarted station (ROUTER_HANDOVER lets the new connection take over).
"""

from __future__ import annotations

import weakref

import zmq

from trainer.classroom.messages import MAX_INBOUND_BYTES, MAX_MESSAGE_BYTES

RECEIVE_BATCH = 1000  # messages taken per receive call: a flood cannot starve the engine
SEND_QUEUE = 50  # pictures queued for a slow station; beyond that new ones are dropped


def _close(socket: zmq.Socket[bytes], context: zmq.Context[zmq.Socket[bytes]]) -> None:
    """Close the socket, dropping what waits, then end its context."""
    socket.close(linger=0)
    context.term()  # returns at once: its only socket is closed


def close_when_gone(owner: object, socket: zmq.Socket[bytes]) -> weakref.finalize:
    """Close `socket` and its context when `owner` goes, at the latest (a socket nobody closed
    would make its context hang the program's exit); call the result to close them now.

    The finalizer holds the socket itself: when the owner is collected in a reference cycle
    the collector may let go of the context's weak list of sockets first, and a context
    destroyed through that list would then wait for ever for a socket it no longer sees.
    """
    return weakref.finalize(owner, _close, socket, socket.context)


class ConsoleSocket:
    """The console's end: messages in from any station, out to one by its peer id."""

    def __init__(self, endpoint: str = "tcp://*:0") -> None:
        self._socket = zmq.Context().socket(zmq.ROUTER)
        self._finalizer = close_when_gone(self, self._socket)
        self._socket.setsockopt(zmq.ROUTER_HANDOVER, 1)
        self._socket.setsockopt(zmq.MAXMSGSIZE, MAX_INBOUND_BYTES)
        self._socket.setsockopt(zmq.SNDHWM, SEND_QUEUE)
        self._socket.setsockopt(zmq.LINGER, 0)
        self._socket.bind(endpoint)
        address = self._socket.getsockopt_string(zmq.LAST_ENDPOINT)
        self.port = int(address.rsplit(":", 1)[1])

    def receive(self, timeout_ms: int = 0) -> list[tuple[bytes, bytes]]:
        """(peer, payload) of what has arrived, waiting up to `timeout_ms` for the first."""
        found: list[tuple[bytes, bytes]] = []
        if not self._socket.poll(timeout_ms, zmq.POLLIN):
            return found
        while len(found) < RECEIVE_BATCH:
            try:
                frames = self._socket.recv_multipart(zmq.NOBLOCK)
            except zmq.Again:
                break
            if len(frames) == 2:  # [peer, payload]; anything else is not from a DEALER of ours
                found.append((frames[0], frames[1]))
        return found

    def send(self, peer: bytes, payload: bytes) -> bool:
        """Queue a message for one station; False when it could not be (gone, or too slow)."""
        try:
            self._socket.send_multipart([peer, payload], zmq.NOBLOCK)
        except zmq.ZMQError:
            return False
        return True

    def close(self) -> None:
        """Close the socket and its context now (again is harmless)."""
        self._finalizer()


class StationSocket:
    """A station's end, connected to one console; reconnects by itself."""

    def __init__(self, endpoint: str, station_id: str) -> None:
        self._socket = zmq.Context().socket(zmq.DEALER)
        self._finalizer = close_when_gone(self, self._socket)
        self._socket.setsockopt(zmq.ROUTING_ID, station_id.encode())
        self._socket.setsockopt(zmq.MAXMSGSIZE, MAX_MESSAGE_BYTES)
        self._socket.setsockopt(zmq.RECONNECT_IVL, 200)
        self._socket.setsockopt(zmq.RECONNECT_IVL_MAX, 2000)
        self._socket.setsockopt(zmq.LINGER, 0)
        self._socket.connect(endpoint)

    def send(self, payload: bytes) -> bool:
        try:
            self._socket.send(payload, zmq.NOBLOCK)
        except zmq.ZMQError:
            return False
        return True

    def receive(self, timeout_ms: int = 0) -> list[bytes]:
        found: list[bytes] = []
        if not self._socket.poll(timeout_ms, zmq.POLLIN):
            return found
        while len(found) < RECEIVE_BATCH:
            try:
                found.append(self._socket.recv(zmq.NOBLOCK))
            except zmq.Again:
                break
        return found

    def close(self) -> None:
        """Close the socket and its context now (again is harmless)."""
        self._finalizer()
