"use client";
// How a form in the member file says "saved": the dialog or disclosure around it closes and the page refreshes.
// Server components can then place forms inside dialogs without passing functions to the client.
import { useRouter } from "next/navigation";
import { createContext, useContext, type ReactNode } from "react";

import { Disclosure } from "@/components/ui/disclosure";

const DoneContext = createContext<(() => void) | null>(null);

export function DoneProvider({ onDone, children }: { onDone: () => void; children: ReactNode }) {
  return <DoneContext.Provider value={onDone}>{children}</DoneContext.Provider>;
}

/** The form's "saved" callback: the one given, else the surrounding dialog's, else a page refresh. */
export function useDone(onDone?: () => void): () => void {
  const router = useRouter();
  const fromContext = useContext(DoneContext);
  return onDone ?? fromContext ?? (() => router.refresh());
}

/** An inline form behind a button ("Add a goal"), closed again once the form has saved. */
export function FormDisclosure({ label, children }: { label: ReactNode; children: ReactNode }) {
  const router = useRouter();
  return (
    <Disclosure label={label}>
      {(close) => (
        <DoneProvider
          onDone={() => {
            close();
            router.refresh();
          }}
        >
          {children}
        </DoneProvider>
      )}
    </Disclosure>
  );
}
