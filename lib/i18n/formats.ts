import type { Formats } from "next-intl";

export const FORMATS = {
  dateTime: {
    date: { day: "numeric", month: "short", year: "numeric" },
    dateLong: { day: "numeric", month: "long", year: "numeric" },
    dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  },
  number: {
    percent: { style: "percent", maximumFractionDigits: 1 },
    decimal1: { maximumFractionDigits: 1, minimumFractionDigits: 1 },
    decimal2: { maximumFractionDigits: 2 },
  },
} satisfies Formats;
