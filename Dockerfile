# digestbot: `docker run -v ./config:/app/config -v ./var:/app/var digestbot`
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY digestbot ./digestbot
COPY templates ./templates
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
RUN useradd --system --create-home --uid 10001 digestbot
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
WORKDIR /app
COPY --chown=digestbot:digestbot config ./config
COPY --chown=digestbot:digestbot templates ./templates
RUN mkdir -p /app/var /app/notes && chown -R digestbot:digestbot /app
USER digestbot
VOLUME ["/app/config", "/app/var"]
ENV DIGESTBOT_CONFIG=/app/config/digestbot.toml
EXPOSE 8025
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=60s --timeout=10s CMD ["digestbot", "check"]
CMD ["digestbot", "serve"]
