import '@connect-transcript/ui/styles.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from './Providers';

// No favicon request (a 404 would be logged).
export const metadata: Metadata = { icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
