"use client";
import { Button } from "@/components/ui/button";
import { signOutAndLeave } from "@/lib/auth/client";

export function SignOutButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" size="sm" onClick={() => void signOutAndLeave()}>
      {label}
    </Button>
  );
}
