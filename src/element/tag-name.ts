/** The element's tag name, unless a page defines it under another (`NutrientInteraction.define(tag)`). */
export const TAG_NAME = 'nutrient-interaction';
