"""The pipelining channel against a scripted server: fragmented and multi-line replies."""

from __future__ import annotations

import asyncio

from digestbot.config import SmtpSettings
from digestbot.delivery import Envelope, Result, SmtpTransport


async def scripted_server(final: list[bytes]) -> tuple[asyncio.Server, list[bytes]]:
    """A tiny SMTP server that answers the final "." with `final`, sent byte by byte."""
    seen: list[bytes] = []

    async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 scripted ESMTP\r\n")
        in_data = False
        held: list[bytes] = []
        while line := await reader.readline():
            seen.append(line)
            if in_data:
                if line == b".\r\n":
                    in_data = False
                    for chunk in final:  # one byte at a time: replies arrive in pieces
                        for i in range(len(chunk)):
                            writer.write(chunk[i:i + 1])
                            await writer.drain()
                continue
            verb = line[:4].upper()
            if verb == b"EHLO":
                writer.write(b"250-scripted\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
            elif verb == b"DATA":
                # Only now answer MAIL and RCPT: a client that waited for those replies
                # before sending DATA (no pipelining) would time out here.
                writer.write(b"".join(held) + b"354 go ahead\r\n")
                held.clear()
                in_data = True
            elif verb in (b"MAIL", b"RCPT"):
                held.append(b"250 ok\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 bye\r\n")
                break
            else:
                writer.write(b"250 ok\r\n")
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(session, "127.0.0.1", 0)
    return server, seen


async def deliver(final: list[bytes], attempts: int = 1) -> tuple[list[Result], list[bytes]]:
    server, seen = await scripted_server(final)
    port = server.sockets[0].getsockname()[1]
    settings = SmtpSettings(host="127.0.0.1", port=port, security="none", timeout=2,
                            max_connections=1, max_attempts=attempts, retry_base_delay=0)
    results: list[Result] = []
    async with server:
        await SmtpTransport(settings, sender="d@igc.example").deliver(
            [Envelope(("ana@example.org",), lambda: b"Subject: x\r\n\r\nhi\r\n")],
            results.extend)
    return results, seen


def test_a_multi_line_reply_in_fragments_is_one_answer() -> None:
    results, seen = asyncio.run(deliver([b"250-2.0.0 queued\r\n250 2.0.0 as 42\r\n"]))
    assert results == [Result("ana@example.org", "sent", 250, "2.0.0 queued 2.0.0 as 42")]
    # MAIL, RCPT and DATA went out together (the server held its replies until DATA).
    assert [line.split(b":")[0] for line in seen[1:4]] == [b"MAIL FROM", b"RCPT TO", b"DATA\r\n"]


def test_a_reply_that_is_not_smtp_breaks_the_connection_and_is_recorded() -> None:
    results, _ = asyncio.run(deliver([b"hello there\r\n"]))
    assert len(results) == 1 and results[0].status == "failed"
    assert results[0].code is None and "not an SMTP reply" in results[0].response
