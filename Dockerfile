# digestbot: docker build -t digestbot . &&
#   docker run -v "$PWD/config:/app/config" -v "$PWD/var:/app/var" -v "$PWD/notes:/app/notes" digestbot
# runs `digestbot serve` as the non-root user `digestbot`; config/ and var/ are volumes.
# The build stage has gcc and the Python headers (the full image): the notes reader is
# compiled with mypyc (a third less time per parse; see bench/compiled.sh). Both images are
# Python 3.11 on the same Debian release (bookworm), so the compiled modules run in the slim one.
FROM python:3.11-bookworm AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY digestbot ./digestbot
COPY templates ./templates
ENV HATCH_BUILD_HOOK_ENABLE_MYPYC=1
RUN pip wheel --no-cache-dir --wheel-dir /wheels . \
    && python -m zipfile -l /wheels/digestbot-*.whl | grep -q 'notes/reading\..*\.so'

FROM python:3.11-slim-bookworm
RUN useradd --system --create-home --uid 10001 digestbot
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
WORKDIR /app
COPY --chown=digestbot:digestbot config ./config
COPY --chown=digestbot:digestbot templates ./templates
RUN mkdir -p /app/var /app/notes && chown -R digestbot:digestbot /app
USER digestbot
VOLUME ["/app/config", "/app/var"]
ENV DIGESTBOT_CONFIG=/app/config/digestbot.toml \
    PYTHONUNBUFFERED=1
# Inside the container the web endpoint (when bot.base_url is set) listens on every
# interface; what is reachable is decided by the published port (-p 127.0.0.1:8025:8025).
ENV DIGESTBOT_WEB__HOST=0.0.0.0
EXPOSE 8025
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=60s --timeout=10s CMD ["digestbot", "check"]
CMD ["digestbot", "serve"]
