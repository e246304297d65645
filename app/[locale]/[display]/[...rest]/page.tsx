import { notFound } from 'next/navigation';

// Every address the proxy sends here that no page matches gets the designed 404 page.
export default function UnknownPage() {
  notFound();
}
