import type { NextConfig } from 'next';

// create-next-app's default for Next.js 16.
const nextConfig: NextConfig = {
  cacheComponents: true,
};

export default nextConfig;
