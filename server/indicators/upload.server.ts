import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";

/** Largest evidence or import file accepted (10 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Largest text field of a multipart form (64 kB). */
export const MAX_FIELD_BYTES = 64 * 1024;

export type MultipartResult = { ok: true; form: FormData } | { ok: false; reason: "too-large" | "unreadable" };

/**
 * Reads a multipart form post into memory with a size limit per file part and a smaller one per text
 * field, so an oversize part gives a clear answer instead of a 500 (the HTTP entry bounds the whole body). A post that is not multipart is read as an ordinary form.
 */
export async function readMultipartForm(request: Request, maxBytes = MAX_UPLOAD_BYTES): Promise<MultipartResult> {
  const handler = unstable_composeUploadHandlers(
    unstable_createMemoryUploadHandler({ maxPartSize: maxBytes, filter: ({ filename }) => filename !== undefined }),
    unstable_createMemoryUploadHandler({ maxPartSize: MAX_FIELD_BYTES }),
  );
  try {
    const form = await unstable_parseMultipartFormData(request, handler);
    // No text field takes a NUL byte (and the database refuses one in text).
    for (const value of form.values())
      if (typeof value === "string" && value.includes("\0")) return { ok: false, reason: "unreadable" };
    return { ok: true, form };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, reason: "too-large" };
    if (error instanceof Error && /MaxPartSize|exceeded upload limit/i.test(`${error.name} ${error.message}`))
      return { ok: false, reason: "too-large" };
    return { ok: false, reason: "unreadable" };
  }
}

/** The uploaded file of a form field, or null when none was chosen (browsers send an empty part). */
export async function uploadedFile(
  form: FormData,
  name: string,
): Promise<{ name: string; bytes: Uint8Array; type: string } | null> {
  const value = form.get(name);
  if (!value || typeof value === "string") return null;
  const file = value as File;
  if (file.name === "" && file.size === 0) return null;
  return { name: file.name || "fil", bytes: new Uint8Array(await file.arrayBuffer()), type: file.type };
}

/** A file name safe for a Content-Disposition header: ASCII fallback plus the UTF-8 name (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const cleaned = fileName.replace(/[\r\n"\\/]/g, "_").slice(0, 200) || "fil";
  const ascii = cleaned
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(cleaned)}`;
}
