# The atlas as one container; docker-compose.yml runs it next to a PostGIS server.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Chromium prints the briefing PDFs (GET /api/briefing.pdf); fonts-noto covers Kyrgyz and Russian Cyrillic.
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-core \
  && rm -rf /var/lib/apt/lists/*
ENV CHROMIUM_PATH=/usr/bin/chromium
COPY package.json package-lock.json ./
# Copy the sources before `npm ci`: its postinstall builds the web app from web/.
COPY tsconfig.json ./
COPY web ./web
COPY server ./server
COPY data ./data
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund --include=dev && npm cache clean --force
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:8080/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["npm", "start"]
