-- AlterEnum
-- German as a fourth interface language (issue 11); placed before 'en' as in schema.prisma.
ALTER TYPE "Locale" ADD VALUE 'de' BEFORE 'en';
