import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
  type TableHTMLAttributes,
  type TdHTMLAttributes,
  type ThHTMLAttributes,
} from "react";
import { cx } from "./cx";

type Section = "head" | "body" | "foot";
const SectionContext = createContext<Section>("body");
const DensityContext = createContext<"normal" | "compact">("normal");

export interface TableProps extends TableHTMLAttributes<HTMLTableElement> {
  /** What the table shows. Always give one; hide it visually when a heading above says the same. */
  caption?: ReactNode;
  captionHidden?: boolean;
  /**
   * Name of the scroll region when the table is wider than the screen. Default: the caption
   * (via aria-labelledby). Needed when there is no caption.
   */
  scrollLabel?: string;
  density?: "normal" | "compact";
  /** Classes for the scroll wrapper. */
  wrapperClassName?: string;
}

/**
 * A table in a horizontal scroll wrapper. When the table overflows (measured after mount), the
 * wrapper becomes a focusable, named region so keyboard users can scroll it.
 */
export function Table({
  caption,
  captionHidden,
  scrollLabel,
  density = "normal",
  className,
  wrapperClassName,
  children,
  ...rest
}: TableProps) {
  const captionId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);

  useEffect(() => {
    const el = wrapperRef.current;
    if (!el) return;
    const measure = () => setOverflowing(el.scrollWidth > el.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === "undefined") {
      window.addEventListener("resize", measure);
      return () => window.removeEventListener("resize", measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);

  const regionProps = overflowing
    ? {
        role: "region" as const,
        tabIndex: 0,
        "aria-label": scrollLabel,
        "aria-labelledby": scrollLabel ? undefined : caption ? captionId : undefined,
      }
    : {};

  return (
    <DensityContext.Provider value={density}>
      <div
        ref={wrapperRef}
        data-table-scroll=""
        data-overflowing={overflowing ? "" : undefined}
        className={cx(
          "relative max-w-full overflow-x-auto rounded-lg border border-neutral-300 bg-white",
          wrapperClassName,
        )}
        {...regionProps}
      >
        <table className={cx("w-full border-collapse text-left", className)} {...rest}>
          {caption ? (
            <caption
              id={captionId}
              className={captionHidden ? "sr-only" : "px-4 pb-2 pt-4 text-left text-lg font-semibold text-ink"}
            >
              {caption}
            </caption>
          ) : null}
          {children}
        </table>
      </div>
    </DensityContext.Provider>
  );
}

export function THead({ className, children, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return (
    <SectionContext.Provider value="head">
      <thead className={cx("bg-neutral-50", className)} {...rest}>
        {children}
      </thead>
    </SectionContext.Provider>
  );
}

export function TBody({ className, children, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return (
    <SectionContext.Provider value="body">
      <tbody className={cx("[&>tr:last-child>*]:border-b-0", className)} {...rest}>
        {children}
      </tbody>
    </SectionContext.Provider>
  );
}

export function TFoot({ className, children, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return (
    <SectionContext.Provider value="foot">
      <tfoot className={cx("border-t-2 border-neutral-300 bg-neutral-50 font-semibold", className)} {...rest}>
        {children}
      </tfoot>
    </SectionContext.Provider>
  );
}

export function Tr({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cx("align-top", className)} {...rest} />;
}

function cellPadding(density: "normal" | "compact") {
  return density === "compact" ? "px-3 py-2" : "px-4 py-3";
}

const numericClasses = "whitespace-nowrap text-right tabular-nums";

export interface ThProps extends ThHTMLAttributes<HTMLTableCellElement> {
  /** Right-aligned with tabular figures (money, counts, percentages). */
  numeric?: boolean;
}

/** Header cell. `scope` defaults to "col" in THead and "row" elsewhere (row headers). */
export function Th({ numeric, scope, className, ...rest }: ThProps) {
  const section = useContext(SectionContext);
  const density = useContext(DensityContext);
  return (
    <th
      scope={scope ?? (section === "head" ? "col" : "row")}
      className={cx(
        cellPadding(density),
        "font-semibold text-ink",
        section === "head" ? "border-b-2 border-neutral-300 align-bottom" : "border-b border-neutral-200",
        numeric && numericClasses,
        className,
      )}
      {...rest}
    />
  );
}

export interface TdProps extends TdHTMLAttributes<HTMLTableCellElement> {
  numeric?: boolean;
}

export function Td({ numeric, className, ...rest }: TdProps) {
  const density = useContext(DensityContext);
  return (
    <td
      className={cx(cellPadding(density), "border-b border-neutral-200", numeric && numericClasses, className)}
      {...rest}
    />
  );
}

export interface DataTableColumn<T> {
  key: string;
  header: ReactNode;
  cell: (row: T, index: number) => ReactNode;
  numeric?: boolean;
  /** Render this column's cells as row headers (`<th scope="row">`). Usually the first column. */
  rowHeader?: boolean;
  className?: string;
}

export interface DataTableProps<T> extends Omit<TableProps, "children"> {
  columns: DataTableColumn<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  /** Rows for a `<tfoot>` (e.g. totals), built with Tr/Th/Td. */
  footer?: ReactNode;
}

/** A table from column definitions and rows (render props per cell). */
export function DataTable<T>({ columns, rows, rowKey, footer, ...tableProps }: DataTableProps<T>) {
  return (
    <Table {...tableProps}>
      <THead>
        <Tr>
          {columns.map((column) => (
            <Th key={column.key} numeric={column.numeric} className={column.className}>
              {column.header}
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {rows.map((row, index) => (
          <Tr key={rowKey(row, index)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <Th key={column.key} numeric={column.numeric} className={column.className}>
                  {column.cell(row, index)}
                </Th>
              ) : (
                <Td key={column.key} numeric={column.numeric} className={column.className}>
                  {column.cell(row, index)}
                </Td>
              ),
            )}
          </Tr>
        ))}
      </TBody>
      {footer ? <TFoot>{footer}</TFoot> : null}
    </Table>
  );
}
