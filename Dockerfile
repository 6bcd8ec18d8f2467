# syntax=docker/dockerfile:1
# Build stage: full dependencies, compile TypeScript.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY adapters ./adapters
COPY bench ./bench
# The benchmarks reuse the tests' fake Slack and Discord servers, so the build compiles them too.
COPY test ./test
RUN npm run build

# Final stage: production dependencies and the compiled code only, as a non-root user.
FROM node:22-bookworm-slim
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Exec form, so node is PID 1 and receives SIGTERM itself: sipbot installs its own handler
# (stop taking events, finish the replies in flight, exit 0), in the shell too.
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
