export {
  type CatalogueItem,
  type CatalogueQuery,
  type CatalogueResult,
  CatalogueSort,
  type FacetCount,
  searchCatalogue,
} from "./catalogue";
export { LENGTH_BUCKETS, LengthBucket, lengthBucketLabel } from "./length-buckets";
