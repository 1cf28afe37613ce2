// `?asset` imports (resources/ files as paths that hold in development and in the build).
/// <reference types="electron-vite/node" />
